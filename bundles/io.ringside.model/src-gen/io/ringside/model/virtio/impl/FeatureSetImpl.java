/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.virtio.FeatureSet;
import io.ringside.model.virtio.VirtioPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feature Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.FeatureSetImpl#getBits <em>Bits</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.FeatureSetImpl#isVersion1 <em>Version1</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.FeatureSetImpl#isRingPacked <em>Ring Packed</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.FeatureSetImpl#isEventIdx <em>Event Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.FeatureSetImpl#isInOrder <em>In Order</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.FeatureSetImpl#isIndirectDesc <em>Indirect Desc</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.FeatureSetImpl#isNotificationData <em>Notification Data</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.FeatureSetImpl#getNames <em>Names</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.FeatureSetImpl#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeatureSetImpl extends EObjectImpl implements FeatureSet {
	/**
	 * The default value of the '{@link #getBits() <em>Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBits()
	 * @generated
	 * @ordered
	 */
	protected static final long BITS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBits() <em>Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBits()
	 * @generated
	 * @ordered
	 */
	protected long bits = BITS_EDEFAULT;

	/**
	 * The default value of the '{@link #isVersion1() <em>Version1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVersion1()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VERSION1_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVersion1() <em>Version1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVersion1()
	 * @generated
	 * @ordered
	 */
	protected boolean version1 = VERSION1_EDEFAULT;

	/**
	 * The default value of the '{@link #isRingPacked() <em>Ring Packed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRingPacked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RING_PACKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRingPacked() <em>Ring Packed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRingPacked()
	 * @generated
	 * @ordered
	 */
	protected boolean ringPacked = RING_PACKED_EDEFAULT;

	/**
	 * The default value of the '{@link #isEventIdx() <em>Event Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEventIdx()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EVENT_IDX_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEventIdx() <em>Event Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEventIdx()
	 * @generated
	 * @ordered
	 */
	protected boolean eventIdx = EVENT_IDX_EDEFAULT;

	/**
	 * The default value of the '{@link #isInOrder() <em>In Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInOrder()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IN_ORDER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isInOrder() <em>In Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isInOrder()
	 * @generated
	 * @ordered
	 */
	protected boolean inOrder = IN_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #isIndirectDesc() <em>Indirect Desc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIndirectDesc()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INDIRECT_DESC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIndirectDesc() <em>Indirect Desc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIndirectDesc()
	 * @generated
	 * @ordered
	 */
	protected boolean indirectDesc = INDIRECT_DESC_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotificationData() <em>Notification Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotificationData()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOTIFICATION_DATA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotificationData() <em>Notification Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotificationData()
	 * @generated
	 * @ordered
	 */
	protected boolean notificationData = NOTIFICATION_DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getNames() <em>Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNames()
	 * @generated
	 * @ordered
	 */
	protected static final String NAMES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNames() <em>Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNames()
	 * @generated
	 * @ordered
	 */
	protected String names = NAMES_EDEFAULT;

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
	protected FeatureSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.FEATURE_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBits() {
		return bits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBits(long newBits) {
		long oldBits = bits;
		bits = newBits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.FEATURE_SET__BITS, oldBits, bits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVersion1() {
		return version1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion1(boolean newVersion1) {
		boolean oldVersion1 = version1;
		version1 = newVersion1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.FEATURE_SET__VERSION1, oldVersion1, version1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRingPacked() {
		return ringPacked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRingPacked(boolean newRingPacked) {
		boolean oldRingPacked = ringPacked;
		ringPacked = newRingPacked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.FEATURE_SET__RING_PACKED, oldRingPacked, ringPacked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEventIdx() {
		return eventIdx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventIdx(boolean newEventIdx) {
		boolean oldEventIdx = eventIdx;
		eventIdx = newEventIdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.FEATURE_SET__EVENT_IDX, oldEventIdx, eventIdx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isInOrder() {
		return inOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInOrder(boolean newInOrder) {
		boolean oldInOrder = inOrder;
		inOrder = newInOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.FEATURE_SET__IN_ORDER, oldInOrder, inOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIndirectDesc() {
		return indirectDesc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndirectDesc(boolean newIndirectDesc) {
		boolean oldIndirectDesc = indirectDesc;
		indirectDesc = newIndirectDesc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.FEATURE_SET__INDIRECT_DESC, oldIndirectDesc, indirectDesc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotificationData() {
		return notificationData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotificationData(boolean newNotificationData) {
		boolean oldNotificationData = notificationData;
		notificationData = newNotificationData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.FEATURE_SET__NOTIFICATION_DATA, oldNotificationData, notificationData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNames() {
		return names;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNames(String newNames) {
		String oldNames = names;
		names = newNames;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.FEATURE_SET__NAMES, oldNames, names));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.FEATURE_SET__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VirtioPackage.FEATURE_SET__BITS:
				return getBits();
			case VirtioPackage.FEATURE_SET__VERSION1:
				return isVersion1();
			case VirtioPackage.FEATURE_SET__RING_PACKED:
				return isRingPacked();
			case VirtioPackage.FEATURE_SET__EVENT_IDX:
				return isEventIdx();
			case VirtioPackage.FEATURE_SET__IN_ORDER:
				return isInOrder();
			case VirtioPackage.FEATURE_SET__INDIRECT_DESC:
				return isIndirectDesc();
			case VirtioPackage.FEATURE_SET__NOTIFICATION_DATA:
				return isNotificationData();
			case VirtioPackage.FEATURE_SET__NAMES:
				return getNames();
			case VirtioPackage.FEATURE_SET__LABEL:
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
			case VirtioPackage.FEATURE_SET__BITS:
				setBits((Long)newValue);
				return;
			case VirtioPackage.FEATURE_SET__VERSION1:
				setVersion1((Boolean)newValue);
				return;
			case VirtioPackage.FEATURE_SET__RING_PACKED:
				setRingPacked((Boolean)newValue);
				return;
			case VirtioPackage.FEATURE_SET__EVENT_IDX:
				setEventIdx((Boolean)newValue);
				return;
			case VirtioPackage.FEATURE_SET__IN_ORDER:
				setInOrder((Boolean)newValue);
				return;
			case VirtioPackage.FEATURE_SET__INDIRECT_DESC:
				setIndirectDesc((Boolean)newValue);
				return;
			case VirtioPackage.FEATURE_SET__NOTIFICATION_DATA:
				setNotificationData((Boolean)newValue);
				return;
			case VirtioPackage.FEATURE_SET__NAMES:
				setNames((String)newValue);
				return;
			case VirtioPackage.FEATURE_SET__LABEL:
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
			case VirtioPackage.FEATURE_SET__BITS:
				setBits(BITS_EDEFAULT);
				return;
			case VirtioPackage.FEATURE_SET__VERSION1:
				setVersion1(VERSION1_EDEFAULT);
				return;
			case VirtioPackage.FEATURE_SET__RING_PACKED:
				setRingPacked(RING_PACKED_EDEFAULT);
				return;
			case VirtioPackage.FEATURE_SET__EVENT_IDX:
				setEventIdx(EVENT_IDX_EDEFAULT);
				return;
			case VirtioPackage.FEATURE_SET__IN_ORDER:
				setInOrder(IN_ORDER_EDEFAULT);
				return;
			case VirtioPackage.FEATURE_SET__INDIRECT_DESC:
				setIndirectDesc(INDIRECT_DESC_EDEFAULT);
				return;
			case VirtioPackage.FEATURE_SET__NOTIFICATION_DATA:
				setNotificationData(NOTIFICATION_DATA_EDEFAULT);
				return;
			case VirtioPackage.FEATURE_SET__NAMES:
				setNames(NAMES_EDEFAULT);
				return;
			case VirtioPackage.FEATURE_SET__LABEL:
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
			case VirtioPackage.FEATURE_SET__BITS:
				return bits != BITS_EDEFAULT;
			case VirtioPackage.FEATURE_SET__VERSION1:
				return version1 != VERSION1_EDEFAULT;
			case VirtioPackage.FEATURE_SET__RING_PACKED:
				return ringPacked != RING_PACKED_EDEFAULT;
			case VirtioPackage.FEATURE_SET__EVENT_IDX:
				return eventIdx != EVENT_IDX_EDEFAULT;
			case VirtioPackage.FEATURE_SET__IN_ORDER:
				return inOrder != IN_ORDER_EDEFAULT;
			case VirtioPackage.FEATURE_SET__INDIRECT_DESC:
				return indirectDesc != INDIRECT_DESC_EDEFAULT;
			case VirtioPackage.FEATURE_SET__NOTIFICATION_DATA:
				return notificationData != NOTIFICATION_DATA_EDEFAULT;
			case VirtioPackage.FEATURE_SET__NAMES:
				return NAMES_EDEFAULT == null ? names != null : !NAMES_EDEFAULT.equals(names);
			case VirtioPackage.FEATURE_SET__LABEL:
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
		result.append(" (bits: ");
		result.append(bits);
		result.append(", version1: ");
		result.append(version1);
		result.append(", ringPacked: ");
		result.append(ringPacked);
		result.append(", eventIdx: ");
		result.append(eventIdx);
		result.append(", inOrder: ");
		result.append(inOrder);
		result.append(", indirectDesc: ");
		result.append(indirectDesc);
		result.append(", notificationData: ");
		result.append(notificationData);
		result.append(", names: ");
		result.append(names);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //FeatureSetImpl
