/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.virtio.EventSuppression;
import io.ringside.model.virtio.VirtioPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Event Suppression</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.EventSuppressionImpl#getOffWrap <em>Off Wrap</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.EventSuppressionImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.EventSuppressionImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.EventSuppressionImpl#isWrap <em>Wrap</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.EventSuppressionImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.EventSuppressionImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EventSuppressionImpl extends EObjectImpl implements EventSuppression {
	/**
	 * The default value of the '{@link #getOffWrap() <em>Off Wrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffWrap()
	 * @generated
	 * @ordered
	 */
	protected static final int OFF_WRAP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOffWrap() <em>Off Wrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffWrap()
	 * @generated
	 * @ordered
	 */
	protected int offWrap = OFF_WRAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final int OFFSET_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected int offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #isWrap() <em>Wrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrap()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRAP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWrap() <em>Wrap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrap()
	 * @generated
	 * @ordered
	 */
	protected boolean wrap = WRAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final String MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected String mode = MODE_EDEFAULT;

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
	protected EventSuppressionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.EVENT_SUPPRESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOffWrap() {
		return offWrap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffWrap(int newOffWrap) {
		int oldOffWrap = offWrap;
		offWrap = newOffWrap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.EVENT_SUPPRESSION__OFF_WRAP, oldOffWrap, offWrap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.EVENT_SUPPRESSION__FLAGS, oldFlags, flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(int newOffset) {
		int oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.EVENT_SUPPRESSION__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWrap() {
		return wrap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrap(boolean newWrap) {
		boolean oldWrap = wrap;
		wrap = newWrap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.EVENT_SUPPRESSION__WRAP, oldWrap, wrap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(String newMode) {
		String oldMode = mode;
		mode = newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.EVENT_SUPPRESSION__MODE, oldMode, mode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.EVENT_SUPPRESSION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VirtioPackage.EVENT_SUPPRESSION__OFF_WRAP:
				return getOffWrap();
			case VirtioPackage.EVENT_SUPPRESSION__FLAGS:
				return getFlags();
			case VirtioPackage.EVENT_SUPPRESSION__OFFSET:
				return getOffset();
			case VirtioPackage.EVENT_SUPPRESSION__WRAP:
				return isWrap();
			case VirtioPackage.EVENT_SUPPRESSION__MODE:
				return getMode();
			case VirtioPackage.EVENT_SUPPRESSION__LABEL:
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
			case VirtioPackage.EVENT_SUPPRESSION__OFF_WRAP:
				setOffWrap((Integer)newValue);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__FLAGS:
				setFlags((Integer)newValue);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__OFFSET:
				setOffset((Integer)newValue);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__WRAP:
				setWrap((Boolean)newValue);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__MODE:
				setMode((String)newValue);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__LABEL:
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
			case VirtioPackage.EVENT_SUPPRESSION__OFF_WRAP:
				setOffWrap(OFF_WRAP_EDEFAULT);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__FLAGS:
				setFlags(FLAGS_EDEFAULT);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__WRAP:
				setWrap(WRAP_EDEFAULT);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case VirtioPackage.EVENT_SUPPRESSION__LABEL:
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
			case VirtioPackage.EVENT_SUPPRESSION__OFF_WRAP:
				return offWrap != OFF_WRAP_EDEFAULT;
			case VirtioPackage.EVENT_SUPPRESSION__FLAGS:
				return flags != FLAGS_EDEFAULT;
			case VirtioPackage.EVENT_SUPPRESSION__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case VirtioPackage.EVENT_SUPPRESSION__WRAP:
				return wrap != WRAP_EDEFAULT;
			case VirtioPackage.EVENT_SUPPRESSION__MODE:
				return MODE_EDEFAULT == null ? mode != null : !MODE_EDEFAULT.equals(mode);
			case VirtioPackage.EVENT_SUPPRESSION__LABEL:
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
		result.append(" (offWrap: ");
		result.append(offWrap);
		result.append(", flags: ");
		result.append(flags);
		result.append(", offset: ");
		result.append(offset);
		result.append(", wrap: ");
		result.append(wrap);
		result.append(", mode: ");
		result.append(mode);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //EventSuppressionImpl
