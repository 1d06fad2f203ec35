/**
 */
package io.ringside.model.nvme.impl;

import io.ringside.model.nvme.CompletionEntry;
import io.ringside.model.nvme.NvmePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Completion Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionEntryImpl#getSlot <em>Slot</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionEntryImpl#getCid <em>Cid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionEntryImpl#getSqid <em>Sqid</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionEntryImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionEntryImpl#isConsumed <em>Consumed</em>}</li>
 *   <li>{@link io.ringside.model.nvme.impl.CompletionEntryImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompletionEntryImpl extends EObjectImpl implements CompletionEntry {
	/**
	 * The default value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected static final int SLOT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected int slot = SLOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCid() <em>Cid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCid()
	 * @generated
	 * @ordered
	 */
	protected static final int CID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCid() <em>Cid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCid()
	 * @generated
	 * @ordered
	 */
	protected int cid = CID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSqid() <em>Sqid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSqid()
	 * @generated
	 * @ordered
	 */
	protected static final int SQID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSqid() <em>Sqid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSqid()
	 * @generated
	 * @ordered
	 */
	protected int sqid = SQID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final int PHASE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected int phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #isConsumed() <em>Consumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsumed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSUMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsumed() <em>Consumed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsumed()
	 * @generated
	 * @ordered
	 */
	protected boolean consumed = CONSUMED_EDEFAULT;

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
	protected CompletionEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NvmePackage.Literals.COMPLETION_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlot() {
		return slot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot(int newSlot) {
		int oldSlot = slot;
		slot = newSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_ENTRY__SLOT, oldSlot, slot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCid() {
		return cid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCid(int newCid) {
		int oldCid = cid;
		cid = newCid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_ENTRY__CID, oldCid, cid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSqid() {
		return sqid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSqid(int newSqid) {
		int oldSqid = sqid;
		sqid = newSqid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_ENTRY__SQID, oldSqid, sqid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(int newPhase) {
		int oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_ENTRY__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsumed() {
		return consumed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsumed(boolean newConsumed) {
		boolean oldConsumed = consumed;
		consumed = newConsumed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_ENTRY__CONSUMED, oldConsumed, consumed));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NvmePackage.COMPLETION_ENTRY__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NvmePackage.COMPLETION_ENTRY__SLOT:
				return getSlot();
			case NvmePackage.COMPLETION_ENTRY__CID:
				return getCid();
			case NvmePackage.COMPLETION_ENTRY__SQID:
				return getSqid();
			case NvmePackage.COMPLETION_ENTRY__PHASE:
				return getPhase();
			case NvmePackage.COMPLETION_ENTRY__CONSUMED:
				return isConsumed();
			case NvmePackage.COMPLETION_ENTRY__LABEL:
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
			case NvmePackage.COMPLETION_ENTRY__SLOT:
				setSlot((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_ENTRY__CID:
				setCid((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_ENTRY__SQID:
				setSqid((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_ENTRY__PHASE:
				setPhase((Integer)newValue);
				return;
			case NvmePackage.COMPLETION_ENTRY__CONSUMED:
				setConsumed((Boolean)newValue);
				return;
			case NvmePackage.COMPLETION_ENTRY__LABEL:
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
			case NvmePackage.COMPLETION_ENTRY__SLOT:
				setSlot(SLOT_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_ENTRY__CID:
				setCid(CID_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_ENTRY__SQID:
				setSqid(SQID_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_ENTRY__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_ENTRY__CONSUMED:
				setConsumed(CONSUMED_EDEFAULT);
				return;
			case NvmePackage.COMPLETION_ENTRY__LABEL:
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
			case NvmePackage.COMPLETION_ENTRY__SLOT:
				return slot != SLOT_EDEFAULT;
			case NvmePackage.COMPLETION_ENTRY__CID:
				return cid != CID_EDEFAULT;
			case NvmePackage.COMPLETION_ENTRY__SQID:
				return sqid != SQID_EDEFAULT;
			case NvmePackage.COMPLETION_ENTRY__PHASE:
				return phase != PHASE_EDEFAULT;
			case NvmePackage.COMPLETION_ENTRY__CONSUMED:
				return consumed != CONSUMED_EDEFAULT;
			case NvmePackage.COMPLETION_ENTRY__LABEL:
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
		result.append(" (slot: ");
		result.append(slot);
		result.append(", cid: ");
		result.append(cid);
		result.append(", sqid: ");
		result.append(sqid);
		result.append(", phase: ");
		result.append(phase);
		result.append(", consumed: ");
		result.append(consumed);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //CompletionEntryImpl
