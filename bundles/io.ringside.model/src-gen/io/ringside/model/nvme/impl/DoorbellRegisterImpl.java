/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.DoorbellRegister;
import io.ringside.model.nvme.NvmePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Doorbell Register</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.impl.DoorbellRegisterImpl#getQid <em>Qid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.DoorbellRegisterImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.DoorbellRegisterImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.DoorbellRegisterImpl#getValue <em>Value</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.DoorbellRegisterImpl#getWrites <em>Writes</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.DoorbellRegisterImpl#getSkipped <em>Skipped</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.DoorbellRegisterImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DoorbellRegisterImpl extends EObjectImpl implements DoorbellRegister {
	/**
	 * The default value of the '{@link #getQid() <em>Qid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQid()
	 * @generated
	 * @ordered
	 */
	protected static final int QID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQid() <em>Qid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQid()
	 * @generated
	 * @ordered
	 */
	protected int qid = QID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected long offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final int VALUE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected int value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWrites() <em>Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrites()
	 * @generated
	 * @ordered
	 */
	protected static final long WRITES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getWrites() <em>Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWrites()
	 * @generated
	 * @ordered
	 */
	protected long writes = WRITES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSkipped() <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkipped()
	 * @generated
	 * @ordered
	 */
	protected static final long SKIPPED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSkipped() <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkipped()
	 * @generated
	 * @ordered
	 */
	protected long skipped = SKIPPED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DoorbellRegisterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NvmePackage.Literals.DOORBELL_REGISTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQid() {
		return qid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQid(int newQid) {
		int oldQid = qid;
		qid = newQid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.DOORBELL_REGISTER__QID, oldQid, qid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.DOORBELL_REGISTER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(long newOffset) {
		long oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.DOORBELL_REGISTER__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(int newValue) {
		int oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.DOORBELL_REGISTER__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getWrites() {
		return writes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrites(long newWrites) {
		long oldWrites = writes;
		writes = newWrites;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.DOORBELL_REGISTER__WRITES, oldWrites, writes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSkipped() {
		return skipped;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkipped(long newSkipped) {
		long oldSkipped = skipped;
		skipped = newSkipped;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.DOORBELL_REGISTER__SKIPPED, oldSkipped, skipped));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.DOORBELL_REGISTER__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NvmePackage.DOORBELL_REGISTER__QID:
				return getQid();
			case NvmePackage.DOORBELL_REGISTER__KIND:
				return getKind();
			case NvmePackage.DOORBELL_REGISTER__OFFSET:
				return getOffset();
			case NvmePackage.DOORBELL_REGISTER__VALUE:
				return getValue();
			case NvmePackage.DOORBELL_REGISTER__WRITES:
				return getWrites();
			case NvmePackage.DOORBELL_REGISTER__SKIPPED:
				return getSkipped();
			case NvmePackage.DOORBELL_REGISTER__LABEL:
				return getLabel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NvmePackage.DOORBELL_REGISTER__QID:
				setQid((Integer)newValue);
				return;
			case NvmePackage.DOORBELL_REGISTER__KIND:
				setKind((String)newValue);
				return;
			case NvmePackage.DOORBELL_REGISTER__OFFSET:
				setOffset((Long)newValue);
				return;
			case NvmePackage.DOORBELL_REGISTER__VALUE:
				setValue((Integer)newValue);
				return;
			case NvmePackage.DOORBELL_REGISTER__WRITES:
				setWrites((Long)newValue);
				return;
			case NvmePackage.DOORBELL_REGISTER__SKIPPED:
				setSkipped((Long)newValue);
				return;
			case NvmePackage.DOORBELL_REGISTER__LABEL:
				setLabel((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NvmePackage.DOORBELL_REGISTER__QID:
				setQid(QID_EDEFAULT);
				return;
			case NvmePackage.DOORBELL_REGISTER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NvmePackage.DOORBELL_REGISTER__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case NvmePackage.DOORBELL_REGISTER__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case NvmePackage.DOORBELL_REGISTER__WRITES:
				setWrites(WRITES_EDEFAULT);
				return;
			case NvmePackage.DOORBELL_REGISTER__SKIPPED:
				setSkipped(SKIPPED_EDEFAULT);
				return;
			case NvmePackage.DOORBELL_REGISTER__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NvmePackage.DOORBELL_REGISTER__QID:
				return qid != QID_EDEFAULT;
			case NvmePackage.DOORBELL_REGISTER__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case NvmePackage.DOORBELL_REGISTER__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case NvmePackage.DOORBELL_REGISTER__VALUE:
				return value != VALUE_EDEFAULT;
			case NvmePackage.DOORBELL_REGISTER__WRITES:
				return writes != WRITES_EDEFAULT;
			case NvmePackage.DOORBELL_REGISTER__SKIPPED:
				return skipped != SKIPPED_EDEFAULT;
			case NvmePackage.DOORBELL_REGISTER__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (qid: ");
		result.append(qid);
		result.append(", kind: ");
		result.append(kind);
		result.append(", offset: ");
		result.append(offset);
		result.append(", value: ");
		result.append(value);
		result.append(", writes: ");
		result.append(writes);
		result.append(", skipped: ");
		result.append(skipped);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //DoorbellRegisterImpl
